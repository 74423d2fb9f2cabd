using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SaRaiCms.Store;
using SaRaiCms.Users.Models;

namespace SaRaiCms.Users.Indexes;

/// <summary>What sign-in and user lookups query: one row per user.</summary>
public sealed class UserIndex : MapIndex
{
    public string UserId { get; set; } = "";
    public string NormalizedUserName { get; set; } = "";
    public string? NormalizedEmail { get; set; }
    public bool IsEnabled { get; set; }
}

public sealed class UserIndexProvider : IndexProvider<User, UserIndex>
{
    public override IEnumerable<UserIndex> Map(User user)
    {
        yield return new UserIndex
        {
            UserId = user.UserId,
            NormalizedUserName = user.NormalizedUserName,
            NormalizedEmail = user.NormalizedEmail,
            IsEnabled = user.IsEnabled,
        };
    }

    protected override void Configure(EntityTypeBuilder<UserIndex> table)
    {
        table.Property(x => x.UserId).HasMaxLength(64).IsRequired();
        table.Property(x => x.NormalizedUserName).HasMaxLength(255).IsRequired();
        table.Property(x => x.NormalizedEmail).HasMaxLength(255);
        // Unique in the database too, so two concurrent sign-ups cannot both win the same name
        // (Identity's own check reads before it writes).
        table.HasIndex(x => x.NormalizedUserName).IsUnique().HasDatabaseName("IX_UserIndex_UserName");
        table.HasIndex(x => x.UserId).IsUnique().HasDatabaseName("IX_UserIndex_UserId");
        // Not unique: the site does not require unique e-mail addresses.
        table.HasIndex(x => x.NormalizedEmail).HasDatabaseName("IX_UserIndex_Email");
    }
}

/// <summary>Which users hold which role, so "users in role" is a query rather than a scan of every user.</summary>
public sealed class UserByRoleIndex : MapIndex
{
    public string RoleName { get; set; } = "";
}

public sealed class UserByRoleIndexProvider : IndexProvider<User, UserByRoleIndex>
{
    public override IEnumerable<UserByRoleIndex> Map(User user)
        => user.Roles.Distinct(StringComparer.OrdinalIgnoreCase).Select(role => new UserByRoleIndex { RoleName = role });

    protected override void Configure(EntityTypeBuilder<UserByRoleIndex> table)
    {
        table.Property(x => x.RoleName).HasMaxLength(255).IsRequired();
        table.HasIndex(x => x.RoleName).HasDatabaseName("IX_UserByRoleIndex_Role");
    }
}
