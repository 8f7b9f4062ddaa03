"""How long a candidate's details may be: one set of limits for the columns, the forms and the
CSV import (pure: the importer uses them without a database)."""

from hiring.inputs import LONG_TEXT_MAX

NAME_MAX = 160
EMAIL_MAX = 254
PHONE_MAX = 40
SOURCE_MAX = 80
NOTES_MAX = LONG_TEXT_MAX
