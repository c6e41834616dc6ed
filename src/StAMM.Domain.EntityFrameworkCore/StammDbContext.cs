using Microsoft.EntityFrameworkCore;

namespace StAMM.Domain.EntityFrameworkCore;

/// <summary>
/// A context with the StAMM tables and nothing else, for an application that stores only portfolios; an application
/// with tables of its own calls <see cref="StammModelBuilderExtensions.ApplyStammModel"/> in its own context instead.
/// </summary>
/// <param name="options">The options (provider and connection).</param>
public class StammDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>Maps the StAMM tables.</summary>
    /// <param name="modelBuilder">The model.</param>
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyStammModel();
}
