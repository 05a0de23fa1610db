package app.pitwall.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Points every test of this run at one fresh data directory before any Spring context starts. */
public class TestRunSetup implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("pitwall.data-dir", TestDataDirectory.path().toString());
    }
}
