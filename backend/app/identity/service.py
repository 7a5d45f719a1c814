"""The identity package's public interface (other packages import only this, schemas, events)."""

from app.identity.actor import Actor, Scope
from app.identity.api_key_service import api_key_service as api_keys
from app.identity.auth_service import auth
from app.identity.invitation_service import invitations
from app.identity.user_service import organizations, users

__all__ = ["Actor", "Scope", "api_keys", "auth", "invitations", "organizations", "users"]
