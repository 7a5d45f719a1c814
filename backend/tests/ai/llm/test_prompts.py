"""The prompt registry: versions, variables, loud failures."""

from __future__ import annotations

import uuid

import pytest

from app.ai import prompts
from app.ai.prompts import Prompt, PromptError
from app.ai.types import PromptRef


def fresh_id() -> str:
    return f"test.{uuid.uuid4().hex[:8]}"


class TestPrompts:
    def test_render_fills_variables_and_returns_the_version(self):
        pid = fresh_id()
        prompts.register(Prompt(pid, 1, "Olá {name}, da {company}.", "v1"))
        prompts.register(Prompt(pid, 2, "Oi {name}!", "v2"))

        assert prompts.render(pid, name="Ana") == ("Oi Ana!", PromptRef(pid, 2))
        assert prompts.render(pid, 1, name="Ana", company="X") == (
            "Olá Ana, da X.", PromptRef(pid, 1))

    def test_a_missing_variable_fails_loudly(self):
        pid = fresh_id()
        prompts.register(Prompt(pid, 1, "Olá {name}, da {company}.", ""))
        with pytest.raises(PromptError, match="company"):
            prompts.render(pid, name="Ana")

    def test_new_text_needs_a_new_version(self):
        pid = fresh_id()
        prompts.register(Prompt(pid, 1, "A {x}", ""))
        prompts.register(Prompt(pid, 1, "A {x}", ""))  # the same again is fine
        with pytest.raises(PromptError, match="new version"):
            prompts.register(Prompt(pid, 1, "B {x}", ""))

    def test_unknown_prompts_and_versions(self):
        with pytest.raises(PromptError):
            prompts.get(fresh_id())
        with pytest.raises(PromptError):
            prompts.get("sdr.first_message", 99)
