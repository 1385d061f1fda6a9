package org.isac.workbench.cluster.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The Hazelcast configuration of a member, as XML (the form Hazelcast takes inside an OSGi framework): a named
 * cluster joined over TCP/IP through an explicit member list, bound to one address (loopback unless another is
 * named), without multicast, auto-detection, phone-home, Jet or Hazelcast's own logging.
 *
 * @param name the cluster's name: members of other names do not join
 * @param members the members to contact, {@code host[:port]}
 * @param bind the address this member binds to
 * @param port the first port tried (the next 20 when taken)
 * @param cores this member's cores, published as a member attribute
 * @param bundles this member's bundles (count and digest), published as a member attribute
 */
record ClusterXml(String name, List<String> members, String bind, int port, int cores, String bundles) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9_.:\\[\\]-]{1,255}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z0-9_., :#-]{0,255}");

    ClusterXml {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: letters, digits, '_', '.', '-' (1 to 64), got '" + name + "'");
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members: at least one host[:port], for example 127.0.0.1:5701");
        }
        for (String member : members) {
            if (!MEMBER.matcher(member).matches()) {
                throw new IllegalArgumentException("members: '" + member + "' is not host[:port]");
            }
        }
        if (!MEMBER.matcher(bind).matches()) {
            throw new IllegalArgumentException("bind: '" + bind + "' is not an address");
        }
        if (port < 1 || port > 65535 - 20) {
            throw new IllegalArgumentException("port: must be in [1, 65515], got " + port);
        }
        if (!ATTRIBUTE.matcher(bundles).matches()) {
            throw new IllegalArgumentException("bundles attribute: '" + bundles + "'");
        }
    }

    /** @return the members of a comma-separated list */
    static List<String> list(String members) {
        List<String> list = new ArrayList<>();
        for (String member : members.split(",")) {
            if (!member.isBlank()) {
                list.add(member.strip());
            }
        }
        return list;
    }

    /** @return whether the bind address is a loopback address */
    boolean loopback() {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("bind: unknown address '" + bind + "'", unknown);
        }
    }

    /** @return the XML */
    String xml() {
        StringBuilder memberList = new StringBuilder();
        for (String member : members) {
            memberList.append("          <member>").append(member).append("</member>\n");
        }
        return """
                <hazelcast xmlns="http://www.hazelcast.com/schema/config">
                  <cluster-name>%s</cluster-name>
                  <properties>
                    <property name="hazelcast.phone.home.enabled">false</property>
                    <property name="hazelcast.logging.type">none</property>
                    <property name="hazelcast.shutdownhook.enabled">false</property>
                    <property name="hazelcast.local.localAddress">%s</property>
                    <property name="hazelcast.socket.bind.any">false</property>
                  </properties>
                  <network>
                    <port auto-increment="true" port-count="20">%d</port>
                    <join>
                      <auto-detection enabled="false"/>
                      <multicast enabled="false"/>
                      <tcp-ip enabled="true">
                        <member-list>
                %s        </member-list>
                      </tcp-ip>
                    </join>
                  </network>
                  <member-attributes>
                    <attribute name="isac.cores">%d</attribute>
                    <attribute name="isac.bundles">%s</attribute>
                  </member-attributes>
                  <jet enabled="false"/>
                </hazelcast>
                """.formatted(name, bind, port, memberList, cores, bundles);
    }
}
