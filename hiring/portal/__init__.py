"""The candidate's side of the portal, reached through an invitation link."""
