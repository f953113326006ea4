package io.zkmig.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zkmig.ensemble.Member;
import io.zkmig.ensemble.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZooCfgTest {
    private static final List<Member> OBSERVING = List.of(
            new Member(1, "10.0.0.1", 2888, 3888, Role.PARTICIPANT, 2181),
            new Member(2, "10.0.0.2", 2888, 3888, Role.PARTICIPANT, 2181),
            new Member(3, "10.0.0.3", 2888, 3888, Role.PARTICIPANT, 2181),
            new Member(11, "10.1.0.1", 2888, 3888, Role.OBSERVER, 2181));

    @Test
    void onlyTheMembershipChangesAndEverySettingOfTheOperatorStays() {
        ZooCfg provider = ZooCfg.parse("""
                # managed by the provider
                tickTime=2000
                dataDir=/var/lib/zookeeper
                clientPort=2181
                4lw.commands.whitelist=srvr,mntr,conf,cons
                reconfigEnabled=true
                dynamicConfigFile=/etc/zookeeper/zoo.cfg.dynamic.100000000
                server.11=10.1.0.1:2888:3888:participant;0.0.0.0:2181
                server.12=10.1.0.2:2888:3888:participant;0.0.0.0:2181
                version=100000000
                """);
        String out = provider.withMembership(11, OBSERVING, true).render();
        assertTrue(out.startsWith("# managed by the provider\ntickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n"
                + "4lw.commands.whitelist=srvr,mntr,conf,cons\nreconfigEnabled=true\n"), out);
        assertFalse(out.contains("dynamicConfigFile"), out);
        assertFalse(out.contains("version="), out);
        assertFalse(out.contains("server.12"), out);
        assertTrue(out.contains("peerType=observer\nserver.1=10.0.0.1:2888:3888:participant;10.0.0.1:2181\n"), out);
        assertTrue(out.endsWith("server.11=10.1.0.1:2888:3888:observer\n"),
                "the file sets clientPort itself, so its own line carries none: " + out);
        assertEquals(OBSERVING.stream().map(Member::id).toList(),
                ZooCfg.parse(out).members().stream().map(Member::id).toList());
    }

    @Test
    void aStaticConfigurationGetsTheStaticForm() {
        String out = ZooCfg.parse("dataDir=/d\nclientPort=2181\nserver.11=10.1.0.1:2888:3888\n")
                .withMembership(11, OBSERVING, false).render();
        assertTrue(out.endsWith("peerType=observer\nserver.1=10.0.0.1:2888:3888\nserver.2=10.0.0.2:2888:3888\n"
                + "server.3=10.0.0.3:2888:3888\nserver.11=10.1.0.1:2888:3888:observer\n"), out);
    }

    @Test
    void aSettingIsReplacedInPlace() {
        ZooCfg cfg = ZooCfg.parse("tickTime=2000\ndataDir=/a\nclientPort=2181\n").with("dataDir", "/a/zkmig-observer");
        assertEquals("tickTime=2000\ndataDir=/a/zkmig-observer\nclientPort=2181\n", cfg.render());
        assertEquals("/a/zkmig-observer", cfg.get("dataDir").orElseThrow());
    }
}
