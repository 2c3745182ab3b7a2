package io.github.xenpool.rules.vm;

import io.github.xenpool.core.internal.Text;
import io.github.xenpool.core.vm.Vm;
import io.github.xenpool.rules.Subject;
import java.util.List;

/** The subjects and the words of the VM records that are not guests. */
final class VmSubjects {

    private VmSubjects() {
    }

    /** A template, snapshot or control domain of the host: {@code host.nonGuestVms[uuid]}. */
    static Subject nonGuest(Vm vm) {
        return new Subject(Subject.Kind.VM, List.of(Subject.Node.property("host"),
                Subject.Node.atKey("nonGuestVms", vm.uuid())), vm.name());
    }

    /** The VM in words, with what it is when it is not a guest: {@code template "Debian 10"}. */
    static String describe(Vm vm) {
        switch (vm.kind()) {
            case TEMPLATE:
                return "template " + Text.name(vm.name());
            case SNAPSHOT:
                return "snapshot " + Text.name(vm.name());
            case DOM0:
                return "dom0 " + Text.name(vm.name());
            case CONTROL_DOMAIN:
                return "control domain " + Text.name(vm.name());
            default:
                return "VM " + Text.name(vm.name());
        }
    }
}
