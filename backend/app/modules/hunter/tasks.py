"""Worker side: the prospecting crew is registered with the AI runner (it runs as the
`ai.run_agent` task of a search's agent run)."""

from app.ai.crews import pipelines
from app.modules.hunter.prospecting import prospect

pipelines.register("prospecting", prospect)
