from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import DateField, DecimalField, TextAreaField
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from hiring.offers.services import PAY_MAX, PAY_MIN, REASON_MAX


class OfferForm(FlaskForm):
    offered_on = DateField("Date of the offer", validators=[InputRequired()])
    pay = DecimalField("Yearly base pay", places=2,
                       validators=[InputRequired(), NumberRange(PAY_MIN, PAY_MAX)],
                       render_kw={"inputmode": "decimal", "min": str(PAY_MIN),
                                  "max": str(PAY_MAX), "step": "0.01"})
    proposed_start = DateField("Proposed start date", validators=[InputRequired()])


class AcceptForm(FlaskForm):
    agreed_start = DateField("Agreed start date", validators=[InputRequired()])


class RefuseForm(FlaskForm):
    reason = TextAreaField("Reason (optional; stays with the offer)",
                           validators=[Optional(), Length(max=REASON_MAX)],
                           render_kw={"rows": 2})
