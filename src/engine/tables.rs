//! The static tables that `build.rs` compiles word lists from the data files into: a set of words
//! and a map keyed by words, each sorted at build time and looked up by binary search, so the
//! engine reads them with no parsing at start-up and carries no deserialiser for them.

/// A set of words (sorted, no repeats).
#[derive(Debug, Clone, Copy)]
pub struct Words(pub &'static [&'static str]);

impl Words {
    pub fn contains(&self, word: &str) -> bool {
        self.0.binary_search(&word).is_ok()
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for &Words {
    type Item = &'static str;
    type IntoIter = std::iter::Copied<std::slice::Iter<'static, &'static str>>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().copied()
    }
}

/// A map from words to values (sorted by key, no repeats).
#[derive(Debug)]
pub struct Map<V: 'static>(pub &'static [(&'static str, V)]);

impl<V> Map<V> {
    pub fn get(&self, key: &str) -> Option<&V> {
        self.0.binary_search_by(|(k, _)| (*k).cmp(key)).ok().map(|at| &self.0[at].1)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &V)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_find_what_is_there_and_nothing_else() {
        let words = Words(&["a", "b c", "d"]);
        assert!(words.contains("b c") && !words.contains("b"));
        let map = Map(&[("day", 86_400.0), ("hour", 3_600.0)]);
        assert_eq!(map.get("hour"), Some(&3_600.0));
        assert!(!map.contains_key("week"));
        assert_eq!(map.iter().map(|(k, _)| k).collect::<Vec<_>>(), ["day", "hour"]);
    }
}
