"""Company settings: name, description, logo, colour, time zone and sender address."""
