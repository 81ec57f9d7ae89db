namespace Portal.Tests.Infrastructure;

/// <summary>
/// Lighthouse measures main-thread time: it runs alone, after the parallel tests, so other tests' CPU load
/// cannot be mistaken for slowness of the site.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialCollection
{
    public const string Name = "Runs alone";
}
