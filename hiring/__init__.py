"""Sales-hiring portal."""
