using Orleans;
using Orleans.Runtime;

namespace Telematics.Silo.Postgres;

/// <summary>
/// Migrates the database at the very first stage of the silo's start, before clustering and storage providers
/// open their tables, so a silo pointed at an empty database needs no manual SQL.
/// </summary>
public sealed class SchemaMigrationParticipant(SchemaMigrator migrator) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationParticipant), ServiceLifecycleStage.First, async ct => await migrator.MigrateAsync(ct));
}
