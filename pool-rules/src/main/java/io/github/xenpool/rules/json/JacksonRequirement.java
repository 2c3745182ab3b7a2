package io.github.xenpool.rules.json;

/**
 * What ReportJson and FleetJson need before they touch Jackson. Every use of
 * Jackson is in the writers, which are loaded only after {@link #check(String)}: this class and
 * the public entry points name none of Jackson's types, so they load and link without Jackson.
 */
final class JacksonRequirement {

    /** A class of jackson-core, which jackson-databind brings: the part the writers use. */
    static final String JACKSON_CLASS = "tools.jackson.core.json.JsonFactory";

    private JacksonRequirement() {
    }

    /**
     * Throws unless Jackson can be loaded.
     *
     * @param user the class that needs it, named in the message
     */
    static void check(String user) {
        if (!isPresent(JACKSON_CLASS, JacksonRequirement.class.getClassLoader())) {
            throw missing(user);
        }
    }

    /** Tells whether a class can be found, without initialising it. */
    static boolean isPresent(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    static IllegalStateException missing(String user) {
        return new IllegalStateException(user + " writes JSON with Jackson 3, which is not on the class path or "
                + "module path: add the dependency tools.jackson.core:jackson-databind (version 3, such as 3.3.0), "
                + "which pool-rules declares optional; on the module path, also resolve the module "
                + "tools.jackson.databind (require it, or --add-modules tools.jackson.databind). "
                + "The schemas (schema()) need no such dependency.");
    }
}
