//! Who the app speaks for: the organisation's pack and the audiences it offers, in order. The
//! state, the embedding options and the views all use it, so it sits below them.

use crate::engine::audience::{self, Audience};
use crate::engine::checks::{self, CheckOptions};
use crate::engine::compose::{compose_with_pack, Message};
use crate::engine::org_pack::{self, OrgPack};
use crate::engine::service::{understand_with, ServiceInput, Understanding};
use crate::storage_format::CheckSettings;

/// The organisation ValueLens is speaking for: its pack, and the audiences offered, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Org {
    pub pack: OrgPack,
    /// Never empty.
    pub audiences: Vec<Audience>,
}

impl Default for Org {
    fn default() -> Self {
        Org { pack: OrgPack::default(), audiences: audience::builtin().to_vec() }
    }
}

impl Org {
    /// The offered audience with `id`, else the first offered.
    pub fn audience(&self, id: &str) -> &Audience {
        self.find(id).unwrap_or(&self.audiences[0])
    }

    /// The offered audience with `id`.
    pub fn find(&self, id: &str) -> Option<&Audience> {
        self.audiences.iter().find(|a| a.id == id)
    }

    /// What the engine reads in `input`, a bare "$" in the organisation's currency.
    pub fn understand(&self, input: &ServiceInput) -> Understanding {
        understand_with(input, &self.pack)
    }

    /// The message for `audience`, linked to the organisation's goals where the service serves one.
    pub fn compose(
        &self,
        input: &ServiceInput,
        understanding: &Understanding,
        audience: &Audience,
        seed: u64,
    ) -> Message {
        compose_with_pack(input, understanding, audience, seed, &self.pack)
    }

    /// How to check a draft for the audience `id` with the user's settings and the organisation's
    /// words (a pack's audience gets the rules of the audience it is based on).
    pub fn check_options(&self, id: &str, settings: &CheckSettings) -> CheckOptions {
        CheckOptions {
            audience: org_pack::rule_audience(&self.pack, id).to_string(),
            disabled_rules: settings.disabled_rules.clone(),
            accepted_terms: settings.accepted_terms.clone(),
            org: self.pack.words.clone(),
        }
    }

    /// Every rule the user can switch: the built-in ones, then those the pack's words make.
    pub fn rule_ids(&self) -> Vec<&'static str> {
        let mut ids = checks::rule_ids();
        ids.extend(self.pack.words.rule_ids());
        ids
    }
}
