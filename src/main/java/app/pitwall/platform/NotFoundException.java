package app.pitwall.platform;

/** The thing asked for does not exist, or belongs to someone the caller may not see: both answer 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
