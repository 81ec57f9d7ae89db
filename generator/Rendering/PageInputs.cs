using System.IO.Hashing;
using System.Runtime.InteropServices;
using Portal.Site;

namespace Portal.Rendering;

/// <summary>
/// Fingerprints what a page shows that can change while the site-wide inputs (theme, site.yml, tasks,
/// departments, notice, static pages) stay the same: the stories it lists or shows. `serve` re-renders a page
/// only when its fingerprint moves, so every story a page shows must be added here; the test comparing an
/// incremental rebuild with a full build catches an omission.
/// </summary>
/// <remarks>An immutable struct: thousands are made per rebuild and none of them may allocate. Add returns the new value.</remarks>
public readonly struct PageInputs
{
    private readonly ulong state;

    private PageInputs(ulong state) => this.state = state;

    public ulong Value => Mix(state);

    public PageInputs Add(ulong value) => new(Mix(state ^ value) + 0x9E3779B97F4A7C15UL);

    public PageInputs Add(long value) => Add(unchecked((ulong)value));

    public PageInputs Add(string? text) =>
        Add(text is null ? 0x5555UL : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()), text.Length));

    /// <summary>A story as lists show it: everything there comes from its front matter and file name.</summary>
    public PageInputs Listing(StoryEntry? story) =>
        story is null ? Add(0L) : Add(story.Source.ListingHash);

    public PageInputs Listings(IEnumerable<StoryEntry> stories)
    {
        var inputs = this;
        var count = 0;
        foreach (var story in stories)
        {
            inputs = inputs.Listing(story);
            count++;
        }
        return inputs.Add(count);
    }

    /// <summary>A story's own page: its front matter, its body, and the neighbours and related stories it links to.</summary>
    public PageInputs StoryPage(StoryEntry story) =>
        Listing(story).Add(story.Source.BodyHash).Listing(story.Newer).Listing(story.Older).Listings(story.Related);

    /// <summary>The finaliser of SplitMix64: every input bit affects every output bit.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
