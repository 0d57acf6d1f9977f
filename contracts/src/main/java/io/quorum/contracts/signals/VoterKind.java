package io.quorum.contracts.signals;

/** A voter is a language model behind an OpenAI-compatible endpoint, or an indicator rule. */
public enum VoterKind {
    LLM,
    TECHNICAL
}
