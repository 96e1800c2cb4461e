"""The report for a physiotherapist: its pages, and the dialog that previews and saves it."""
