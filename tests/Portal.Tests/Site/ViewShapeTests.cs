using System.Collections;
using System.Reflection;
using Portal.Site;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Site;

/// <summary>
/// Every view a template or an output can read, found by walking the members of pages, the site chrome, search
/// documents and the other tree outputs: named members only (no positional records, whose arguments can be swapped
/// unnoticed), and every member moves the fingerprint `serve` relies on.
/// </summary>
public sealed class ViewShapeTests
{
    /// <summary>Values that fingerprint themselves (<see cref="IFingerprinted"/>), with tests of their own.</summary>
    private static readonly HashSet<Type> SelfFingerprinted = [typeof(MarkdownBody), typeof(Pagination)];

    private static readonly Type[] Roots =
        [typeof(Page), typeof(SiteChrome), typeof(SearchDocument), typeof(AtomFeedView), typeof(LedgerRow), typeof(ProgressBoardView)];

    /// <summary>The view types: the roots, every page model of the fixture site, and what their members hold.</summary>
    public static IReadOnlyList<Type> ViewTypes()
    {
        var found = new HashSet<Type>();
        var queue = new Queue<Type>(Roots.Concat(FixturePageKinds.Tree.Pages.Select(p => p.Model.GetType())));
        while (queue.TryDequeue(out var type))
        {
            if (type.Namespace != "Portal.Site" || SelfFingerprinted.Contains(type) || !found.Add(type)) continue;
            foreach (var member in Members(type)) foreach (var inner in Inner(MemberType(member))) queue.Enqueue(inner);
        }
        return found.OrderBy(t => t.Name).ToList();
    }

    public static TheoryData<string> ViewTypeNames => [.. ViewTypes().Select(t => t.Name)];

    private static Type ViewType(string name) => ViewTypes().Single(t => t.Name == name);

    [Fact]
    public void The_walk_finds_the_views_of_every_page_kind()
    {
        var names = ViewTypes().Select(t => t.Name).ToList();
        Assert.Contains(nameof(HomeView), names);
        Assert.Contains(nameof(StoryCard), names);
        Assert.Contains(nameof(ProgressCellView), names);
        Assert.True(names.Count > 30, string.Join(", ", names));
    }

    [Theory]
    [MemberData(nameof(ViewTypeNames))]
    public void A_view_has_named_members_only(string name)
    {
        var type = ViewType(name);
        var positional = type.GetConstructors().Where(c => c.GetParameters().Length > 0 && !(c.GetParameters() is [var only] && only.ParameterType == type));
        Assert.Empty(positional);
    }

    [Theory]
    [MemberData(nameof(ViewTypeNames))]
    public void Every_member_of_a_view_moves_its_fingerprint(string name)
    {
        var type = ViewType(name);
        var baseline = ViewFingerprint.Of(Sample(type, 1, null, 0));
        Assert.Equal(baseline, ViewFingerprint.Of(Sample(type, 1, null, 0)));
        var unseen = Members(type)
            .Where(m => !SelfFingerprinted.Contains(MemberType(m)) && MemberType(m) != typeof(object))
            .Where(m => ViewFingerprint.Of(Sample(type, 1, m, 0)) == baseline)
            .Select(m => m.Name).ToList();
        Assert.True(unseen.Count == 0, $"{name}: a change to {string.Join(", ", unseen)} does not move the fingerprint");
    }

    private static IEnumerable<MemberInfo> Members(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").Cast<MemberInfo>()
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance));

    private static Type MemberType(MemberInfo member) => member switch
    {
        PropertyInfo p => p.PropertyType,
        FieldInfo f => f.FieldType,
        _ => throw new ArgumentException(member.Name),
    };

    private static IEnumerable<Type> Inner(Type type) =>
        type.IsGenericType ? type.GetGenericArguments().SelectMany(Inner).Append(type) : [Nullable.GetUnderlyingType(type) ?? type];

    /// <summary>An instance whose members hold variant <paramref name="variant"/>, except <paramref name="changed"/>, which holds another.</summary>
    private static object Sample(Type type, int variant, MemberInfo? changed, int depth)
    {
        var value = Activator.CreateInstance(type)!;
        foreach (var member in Members(type))
        {
            var v = member == changed ? variant + 1 : variant;
            switch (member)
            {
                case PropertyInfo { CanWrite: true } p: p.SetValue(value, Value(p.PropertyType, v, depth)); break;
                case FieldInfo { IsInitOnly: false } f: f.SetValue(value, Value(f.FieldType, v, depth)); break;
            }
        }
        return value;
    }

    private static object? Value(Type type, int variant, int depth)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null) return Value(underlying, variant, depth);
        if (type == typeof(string)) return "v" + variant;
        if (type == typeof(int)) return variant;
        if (type == typeof(long)) return (long)variant;
        if (type == typeof(bool)) return variant % 2 == 0;
        if (type == typeof(double)) return variant + 0.5;
        if (type == typeof(DateOnly)) return new DateOnly(2025, 1, variant);
        if (type == typeof(object)) return null;
        if (SelfFingerprinted.Contains(type) || depth > 3) return null;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            var item = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(item))!;
            for (var i = 0; i < variant; i++) list.Add(Value(item, 1, depth + 1));
            return list;
        }
        if (type.Namespace == "Portal.Site" && type.GetConstructor(Type.EmptyTypes) is not null) return Sample(type, variant, null, depth + 1);
        throw new NotSupportedException($"no sample value for {type}: teach ViewShapeTests.Value about it");
    }
}
