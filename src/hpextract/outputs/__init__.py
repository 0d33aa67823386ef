"""Outputs for analysts: a spreadsheet of items (export), the status of items over versions (history),
and self-contained Swedish HTML for a diff and a history."""
