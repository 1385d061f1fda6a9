package org.isac.workbench.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type that declares which concerns a component consumes, so that users can see which runners
 * and commands a provider they select affects ({@code isac:components} lists them). The component must register
 * a service (commands and runners do). It adds the service properties {@value #NAME} and {@value #CONCERNS}:
 *
 * <pre>{@code
 * @Component(service = SimulateCommand.class)
 * @IsacConsumer(name = "isac:simulate", concerns = NetworkSimulator.CONCERN)
 * }</pre>
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IsacConsumer {
    /** Prefix of the generated service property names. */
    String PREFIX_ = "isac.consumer.";
    /** Service property with the consumer's name as users know it. */
    String NAME = "isac.consumer.name";
    /** Service property listing the concerns it consumes. */
    String CONCERNS = "isac.consumer.concerns";

    /** @return the consumer as users know it: a command ({@code isac:simulate}) or a runner, a simulator */
    String name();

    /** @return the concerns whose providers it uses */
    String[] concerns();
}
