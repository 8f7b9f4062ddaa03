"""Staff accounts, roles, sign-in and candidate invitation sessions."""
