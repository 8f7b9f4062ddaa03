"""Administration: a start page for admins and the rubrics in use."""
