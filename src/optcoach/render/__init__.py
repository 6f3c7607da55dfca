"""Renderers: Program to JSON, Markdown, terminal table, PDF and iCalendar."""
