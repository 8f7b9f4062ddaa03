"""Offers: pay and start date proposed to a chosen candidate, accepted or refused."""
