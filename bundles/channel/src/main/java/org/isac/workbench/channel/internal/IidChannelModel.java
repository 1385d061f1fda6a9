package org.isac.workbench.channel.internal;

import java.util.random.RandomGenerator;
import org.isac.workbench.channel.model.ChannelModel;
import org.isac.workbench.channel.Fading;
import org.isac.workbench.channel.model.Link;
import org.isac.workbench.registry.ComponentRegistry;
import org.isac.workbench.registry.IsacConsumer;
import org.isac.workbench.registry.IsacProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * The default channel model: i.i.d. coefficients of the active {@link Fading} model for every antenna pair
 * ({@link ChannelModel#iid}), so that Rayleigh by default reproduces the workbench's results bit for bit, and a
 * scalar fading plugin (Nakagami-m, ...) reaches the multi-antenna simulators unchanged.
 */
@Component
@IsacProvider(concern = ChannelModel.CONCERN, name = IidChannelModel.NAME,
        description = "i.i.d. per antenna pair from the active fading model (Rayleigh by default)")
@IsacConsumer(name = "channel-model iid", concerns = Fading.CONCERN)
@ServiceRanking(IsacProvider.DEFAULT_RANKING)
public final class IidChannelModel implements ChannelModel {

    /** The provider's name. */
    static final String NAME = "iid";

    private final ComponentRegistry registry;

    @Activate
    public IidChannelModel(@Reference ComponentRegistry registry) {
        this.registry = registry;
    }

    @Override
    public ChannelModel forRun() {
        Fading fading = registry.active(Fading.CONCERN, Fading.class);
        return ChannelModel.iid(fading, fading instanceof RayleighFading);
    }

    /** Unbound use (outside a run) looks the fading model up at each call. */
    @Override
    public void sample(Link link, RandomGenerator random, double[] re, double[] im, int offset) {
        forRun().sample(link, random, re, im, offset);
    }

    @Override
    public boolean iidRayleigh() {
        return forRun().iidRayleigh();
    }
}
