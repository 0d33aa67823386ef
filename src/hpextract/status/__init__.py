"""status stage."""
