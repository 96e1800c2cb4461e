"""Test doubles shared by the test modules (``from helpers.stubs import …``)."""
