"""Pure checkers that make scores explainable: no Flask, no database."""
