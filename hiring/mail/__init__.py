"""Email for every part of the portal: the messages, their delivery and calendar invitations."""
