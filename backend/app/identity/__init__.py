"""Identity: organizations, users, memberships with roles, permissions, tokens, API keys."""
