"""The final presentation: the candidate presents our company as their target customer."""
