-- Lockouts nobody can keep an owner in (#17): for an account with two-step verification only wrong
-- codes count toward its waits and lock, since whoever guesses passwords cannot reach the code
-- step; per-address limits throttle password guessing.

-- Whether the failed proof was a code (a wrong password otherwise).
ALTER TABLE sign_in_failure ADD COLUMN wrong_code boolean NOT NULL DEFAULT false;

-- Whether the lock in force came from wrong codes, which holds against passwords too; a lock from
-- wrong passwords does not stop a sign-in with two-step verification, which lifts it.
ALTER TABLE account_lockout ADD COLUMN locked_by_codes boolean NOT NULL DEFAULT false;
