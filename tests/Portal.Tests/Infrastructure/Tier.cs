namespace Portal.Tests.Infrastructure;

/// <summary>
/// The test tiers. A test class (or a single test) that starts Chromium, another process (the generator as a program,
/// git, Java, node, a package build) or a server, or that takes many seconds by design (property tests, 1,000-story
/// sites, fault injection), is marked <c>[Trait(Tier.Category, Tier.Slow)]</c>. `bash scripts/test.sh --fast` runs
/// everything else (<c>--filter Category!=Slow</c>); the full run, the default, runs both. <c>Architecture/TierTests</c>
/// fails when a test reaches Chromium, a process or a server without the mark.
/// </summary>
public static class Tier
{
    public const string Category = "Category";

    public const string Slow = "Slow";
}
