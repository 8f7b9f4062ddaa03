"""Candidates: the hiring pipeline, invitations, audit trail and candidate privacy."""
