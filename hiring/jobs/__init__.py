"""Job postings and applying to them."""
