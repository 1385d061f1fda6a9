package org.isac.workbench.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type that makes a Declarative Services component a swappable provider.
 *
 * <p>Put it on the component class next to {@code @Component}; it adds the service properties
 * {@value #CONCERN}, {@value #NAME} and {@value #DESCRIPTION}:
 *
 * <pre>{@code
 * @Component(service = Fading.class)
 * @IsacProvider(concern = Fading.CONCERN, name = "nakagami", description = "Nakagami-m fading")
 * public class NakagamiFading implements Fading { ... }
 * }</pre>
 *
 * The provider with the highest {@code service.ranking} of a concern is its default (ties: the one
 * registered first); built-in defaults rank {@value #DEFAULT_RANKING}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface IsacProvider {
    /** Prefix of the generated service property names. */
    String PREFIX_ = "isac.";
    /** Service property naming the concern a provider serves, e.g. {@code fading}. */
    String CONCERN = "isac.concern";
    /** Service property naming the provider within its concern, e.g. {@code rayleigh}. */
    String NAME = "isac.name";
    /** Service property with a one-line human description of the provider. */
    String DESCRIPTION = "isac.description";
    /** Service ranking of the built-in default providers. */
    int DEFAULT_RANKING = 100;

    /** @return the concern served, e.g. {@code fading} */
    String concern();

    /** @return the provider's name, unique within its concern; lower case, digits and dashes */
    String name();

    /** @return a one-line description shown by {@code isac:components} */
    String description();
}
