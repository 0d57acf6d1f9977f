-- Consecutive failed sign-ins per email, for the lockout (see README, Accounts and credentials). Keyed by the SHA-256
-- of the lower-cased email, whether or not an account has it, so the lockout answers alike for both; a success
-- deletes the row. A row untouched for the configured forget-after period is deleted by later sign-ins.
create table sign_in_attempts (
    email_hash      text        primary key,
    failures        int         not null,
    lockouts        int         not null,
    locked_until    timestamptz,
    last_attempt_at timestamptz not null
);
create index sign_in_attempts_by_last_attempt on sign_in_attempts (last_attempt_at);
