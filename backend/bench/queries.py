"""The SQL the baseline runs: the same keyset page as the ORM query of the audit list."""

_COLUMNS = ("id, seq, occurred_at, actor_type::text AS actor_type, actor_id, action, "
            "entity_type, entity_id, before::text AS before, after::text AS after, ip, "
            "user_agent, request_id")
PAGE_FIRST = (f"SELECT {_COLUMNS} FROM core_audit_entry WHERE organization_id = $1 "  # noqa: S608
              "ORDER BY seq DESC LIMIT $2")
PAGE_AFTER = (f"SELECT {_COLUMNS} FROM core_audit_entry WHERE organization_id = $1 "  # noqa: S608
              "AND seq < $2 ORDER BY seq DESC LIMIT $3")
