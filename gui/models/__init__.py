"""Qt table models over core objects (plan lines, assumptions, channels, festivals, months) and their delegates."""
