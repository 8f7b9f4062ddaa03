"""Development and onboarding plans, and the PDFs the portal prints."""
