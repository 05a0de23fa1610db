package app.pitwall.identity;

import java.util.UUID;

/**
 * An event about a staff account that its own user caused, often before anyone is signed in (a sign-in, a password
 * changed through a reset link): the user is the actor.
 */
public interface ActedByTheUser extends AboutUser {

    @Override
    default UUID actorId() {
        return userId();
    }
}
