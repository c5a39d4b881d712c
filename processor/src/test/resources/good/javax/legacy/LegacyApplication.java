package legacy;

import javax.ws.rs.ApplicationPath;
import javax.ws.rs.core.Application;

@ApplicationPath("legacy")
public class LegacyApplication extends Application {}
