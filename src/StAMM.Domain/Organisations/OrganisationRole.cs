namespace StAMM.Domain.Organisations;

/// <summary>The part an organisation plays in a project, as the IATI OrganisationRole codelist codes it.</summary>
public enum OrganisationRole
{
    /// <summary>1 Funding: provides the money.</summary>
    Funding = 1,

    /// <summary>2 Accountable: answers for the project, often the one that signs the agreement.</summary>
    Accountable = 2,

    /// <summary>3 Extending: manages the budget on the funder's behalf.</summary>
    Extending = 3,

    /// <summary>4 Implementing: delivers the activities.</summary>
    Implementing = 4,
}
