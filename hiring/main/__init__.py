"""The signed-in staff member's start page."""
