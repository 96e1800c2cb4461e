"""The history screen: weeks, calendar, pain and sessions."""
