/// The job names of the operations seed, registered before their handlers exist: a job of one of
/// these names without a handler fails with "no handler registered", visible in `odysseyctl queue ls`.
enum JobCatalog {
    static let all: [JobDefinition] = [
        JobDefinition("duel.round.close", concurrency: 2),
        // Projection refreshes edit one Discord message each; singleton keys collapse duplicates.
        JobDefinition("duel.scoreboard.refresh", concurrency: 2, expireAfter: .seconds(60)),
        JobDefinition("raid.progress.refresh", concurrency: 2, expireAfter: .seconds(60)),
        JobDefinition("pair.home.refresh", concurrency: 2, expireAfter: .seconds(60)),
        JobDefinition("monthly.hall.refresh", concurrency: 1, expireAfter: .seconds(120)),
        JobDefinition("mediator.repair.tick", concurrency: 2),
        JobDefinition("public.post.publish", concurrency: 2),
        JobDefinition("weekly.horoscope.publish", concurrency: 1, expireAfter: .seconds(600)),
        JobDefinition("weekly.checkin.nudge", concurrency: 1, expireAfter: .seconds(600)),
        JobDefinition("weekly.raid.start", concurrency: 1),
        JobDefinition("weekly.raid.end", concurrency: 1),
        JobDefinition("daily.raid.offers.generate", concurrency: 1, expireAfter: .seconds(600)),
        InitiativeStore.refreshJob,
        MileageTierSync.job,
        MileageTierSync.retryJob,
        MileageEngagementStore.job,
    ]
}
