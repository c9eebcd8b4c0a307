package org.millwright.app.events;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.millwright.app.episodes.EpisodeListener;
import org.millwright.connector.rest.webhook.BusinessEvent;
import org.millwright.connector.rest.webhook.WebhookPublisher;
import org.millwright.model.AssetId;
import org.millwright.model.ConditionRaised;
import org.millwright.model.EpisodeId;
import org.millwright.orchestrate.Step;

/**
 * Turns what happens to episodes into business events: a console refresh, the shop-floor message that maintenance
 * is complete, and CloudEvents for webhook subscribers ({@code org.millwright.condition.raised},
 * {@code org.millwright.workorder.created}, ... {@code org.millwright.episode.closed}; see {@link #TYPE_OF_STEP}).
 * An event's key is its episode and type, so a step that runs again after a crash sends an event with the same id.
 */
public final class HubEvents implements EpisodeListener {
    /** The business event each completed workflow step announces. */
    static final Map<String, String> TYPE_OF_STEP = Map.of(
            Step.CREATE_NOTIFICATION.wireName(), "org.millwright.workorder.created",
            Step.FIND_OPEN_WORK.wireName(), "org.millwright.workorder.linked",
            Step.RESERVE_STOCK.wireName(), "org.millwright.stock.reserved",
            Step.REQUEST_PURCHASE.wireName(), "org.millwright.requisition.created",
            Step.SCHEDULE_WINDOW.wireName(), "org.millwright.window.proposed",
            Step.DISPATCH_TECHNICIAN.wireName(), "org.millwright.technician.dispatched",
            Step.AWAIT_COMPLETION.wireName(), "org.millwright.work.completed",
            Step.CONSUME_SPARES.wireName(), "org.millwright.spares.issued",
            Step.SET_EQUIPMENT_RUNNING.wireName(), "org.millwright.equipment.running");

    /** Where the simulator and other shop-floor listeners hear that maintenance is complete. */
    public interface ShopFloor {
        void maintenanceCompleted(EpisodeId episode, AssetId asset);
    }

    private final Runnable consoleRefresh;
    private final ShopFloor shopFloor;
    private final Optional<WebhookPublisher> webhooks;
    private final Clock clock;

    public HubEvents(Runnable consoleRefresh, ShopFloor shopFloor, Optional<WebhookPublisher> webhooks, Clock clock) {
        this.consoleRefresh = Objects.requireNonNull(consoleRefresh, "consoleRefresh");
        this.shopFloor = Objects.requireNonNull(shopFloor, "shopFloor");
        this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void episodesChanged() {
        consoleRefresh.run();
    }

    @Override
    public void episodeOpened(EpisodeId episode, ConditionRaised condition) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("episodeId", episode.value());
        data.put("assetId", condition.asset().value());
        data.put("failureMode", condition.failureMode().code());
        data.put("severity", condition.severity().name());
        data.put("evidence", condition.evidence().summary());
        data.put("ruleId", condition.evidence().ruleId());
        data.put("ruleSetVersion", condition.ruleSetVersion());
        publish("org.millwright.condition.raised", episode, data);
    }

    @Override
    public void stepCompleted(EpisodeId episode, String step, String outcome) {
        String type = TYPE_OF_STEP.get(step);
        if (type != null && !outcome.isEmpty()) {
            publish(type, episode, Map.of("episodeId", episode.value(), "step", step, "outcome", outcome));
        }
    }

    @Override
    public void episodeClosed(EpisodeId episode, AssetId asset) {
        shopFloor.maintenanceCompleted(episode, asset);
        publish("org.millwright.episode.closed", episode, Map.of("episodeId", episode.value(),
                "assetId", asset.value()));
    }

    private void publish(String type, EpisodeId episode, Map<String, Object> data) {
        webhooks.ifPresent(publisher -> publisher.publish(new BusinessEvent(type, episode.value(),
                episode.value() + "/" + type, clock.instant(), data)));
    }
}
