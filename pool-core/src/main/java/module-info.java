/**
 * The immutable model of XenServer / XCP-ng resource pools: pools, hosts, CPUs and their feature
 * sets, CPU masking, software, licences, network, storage and VMs.
 */
module io.github.xenpool.core {
    // The constraint annotations are part of the model's API. Hibernate Validator is optional:
    // without it, the model checks its constraints itself (see ModelValidator).
    requires transitive jakarta.validation;
    requires static org.hibernate.validator;
    // JsonRpcRecords reads JSON-RPC responses with Jackson 3's streaming parser (tools.jackson.core,
    // which tools.jackson.databind requires transitively), and ModelJson writes and reads the model
    // documents with its tree model, when the application has Jackson.
    requires static tools.jackson.databind;
    requires static tools.jackson.core;
    // @API marks each public type's status; it is read from the class files, never needed to run.
    requires static transitive org.apiguardian.api;
    // StAX, to read the xapi database and XML-RPC responses as streams (XapiDatabase, XmlRpcRecords).
    requires java.xml;

    exports io.github.xenpool.core;
    exports io.github.xenpool.core.cpu;
    exports io.github.xenpool.core.json;
    exports io.github.xenpool.core.network;
    exports io.github.xenpool.core.software;
    exports io.github.xenpool.core.storage;
    exports io.github.xenpool.core.validation;
    exports io.github.xenpool.core.vm;
    exports io.github.xenpool.core.xapi;
    // Escaping of free text, shared with the rules so that names are escaped the same everywhere.
    exports io.github.xenpool.core.internal to io.github.xenpool.rules;

    // Hibernate Validator reads constrained fields and instantiates the constraint validators.
    opens io.github.xenpool.core to org.hibernate.validator;
    opens io.github.xenpool.core.cpu to org.hibernate.validator;
    opens io.github.xenpool.core.network to org.hibernate.validator;
    opens io.github.xenpool.core.software to org.hibernate.validator;
    opens io.github.xenpool.core.storage to org.hibernate.validator;
    opens io.github.xenpool.core.vm to org.hibernate.validator;
    opens io.github.xenpool.core.validation.internal to org.hibernate.validator;
}
